stub: upstream file of 9232 bytes
