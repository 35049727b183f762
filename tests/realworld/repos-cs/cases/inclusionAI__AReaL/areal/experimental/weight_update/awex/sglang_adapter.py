stub: upstream file of 25253 bytes
