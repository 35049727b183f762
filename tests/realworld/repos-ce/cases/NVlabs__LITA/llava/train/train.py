stub: upstream file of 35990 bytes
