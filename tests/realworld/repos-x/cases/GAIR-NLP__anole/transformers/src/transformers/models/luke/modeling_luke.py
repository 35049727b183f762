stub: upstream file of 103762 bytes
