stub: upstream file of 24626 bytes
