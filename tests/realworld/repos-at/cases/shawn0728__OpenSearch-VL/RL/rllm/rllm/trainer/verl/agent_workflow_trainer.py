stub: upstream file of 44069 bytes
