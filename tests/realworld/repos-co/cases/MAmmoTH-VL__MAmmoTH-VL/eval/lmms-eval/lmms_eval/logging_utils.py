stub: upstream file of 15070 bytes
