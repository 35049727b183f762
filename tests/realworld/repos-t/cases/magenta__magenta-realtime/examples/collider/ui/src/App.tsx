stub: upstream file of 28006 bytes
