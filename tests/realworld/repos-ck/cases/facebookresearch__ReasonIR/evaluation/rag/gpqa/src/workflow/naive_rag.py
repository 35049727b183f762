stub: upstream file of 5148 bytes
