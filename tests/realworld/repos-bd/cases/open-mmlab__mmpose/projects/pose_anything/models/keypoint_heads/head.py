stub: upstream file of 17329 bytes
