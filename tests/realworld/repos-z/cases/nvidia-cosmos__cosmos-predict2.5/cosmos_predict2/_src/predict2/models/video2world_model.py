stub: upstream file of 17873 bytes
