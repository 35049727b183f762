stub: upstream file of 9302 bytes
