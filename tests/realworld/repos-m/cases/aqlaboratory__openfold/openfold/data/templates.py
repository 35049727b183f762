stub: upstream file of 49425 bytes
