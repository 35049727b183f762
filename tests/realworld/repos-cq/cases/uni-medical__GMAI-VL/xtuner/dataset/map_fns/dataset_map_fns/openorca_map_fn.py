stub: upstream file of 267 bytes
