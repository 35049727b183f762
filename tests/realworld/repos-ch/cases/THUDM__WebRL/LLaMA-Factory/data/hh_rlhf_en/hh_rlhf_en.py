stub: upstream file of 3373 bytes
