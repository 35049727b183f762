stub: upstream file of 19518 bytes
