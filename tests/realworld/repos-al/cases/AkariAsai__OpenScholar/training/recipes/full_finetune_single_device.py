stub: upstream file of 26073 bytes
