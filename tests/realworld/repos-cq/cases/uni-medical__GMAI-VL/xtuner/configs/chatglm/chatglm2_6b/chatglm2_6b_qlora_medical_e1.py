stub: upstream file of 7299 bytes
