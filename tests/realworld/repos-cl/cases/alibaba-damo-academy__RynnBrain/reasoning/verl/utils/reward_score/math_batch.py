stub: upstream file of 1070 bytes
