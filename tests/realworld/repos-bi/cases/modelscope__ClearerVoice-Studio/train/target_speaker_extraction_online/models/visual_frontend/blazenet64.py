stub: upstream file of 7255 bytes
