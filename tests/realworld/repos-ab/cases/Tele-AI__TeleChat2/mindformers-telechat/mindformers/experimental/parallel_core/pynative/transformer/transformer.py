stub: upstream file of 73296 bytes
