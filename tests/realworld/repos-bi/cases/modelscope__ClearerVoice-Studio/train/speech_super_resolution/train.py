stub: upstream file of 8820 bytes
