stub: upstream file of 11971 bytes
