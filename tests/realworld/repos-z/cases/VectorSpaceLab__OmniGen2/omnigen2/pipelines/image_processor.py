stub: upstream file of 12644 bytes
