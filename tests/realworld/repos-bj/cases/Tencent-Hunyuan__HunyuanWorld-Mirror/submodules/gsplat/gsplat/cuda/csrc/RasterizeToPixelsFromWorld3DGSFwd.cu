stub: upstream file of 20373 bytes
