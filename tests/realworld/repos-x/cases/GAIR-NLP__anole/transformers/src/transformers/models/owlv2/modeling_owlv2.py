stub: upstream file of 80192 bytes
