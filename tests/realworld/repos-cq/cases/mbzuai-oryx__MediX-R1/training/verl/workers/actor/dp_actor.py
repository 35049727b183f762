stub: upstream file of 13307 bytes
