stub: upstream file of 38165 bytes
