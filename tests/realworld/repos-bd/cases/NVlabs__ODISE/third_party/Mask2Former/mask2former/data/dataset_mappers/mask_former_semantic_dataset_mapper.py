stub: upstream file of 6873 bytes
