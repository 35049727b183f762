stub: upstream file of 34100 bytes
