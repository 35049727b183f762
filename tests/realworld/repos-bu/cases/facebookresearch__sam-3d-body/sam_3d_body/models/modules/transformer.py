stub: upstream file of 23141 bytes
