stub: upstream file of 4276 bytes
