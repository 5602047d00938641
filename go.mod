module github.com/newsbite/newsbite

go 1.26
