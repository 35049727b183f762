stub: upstream file of 9318 bytes
