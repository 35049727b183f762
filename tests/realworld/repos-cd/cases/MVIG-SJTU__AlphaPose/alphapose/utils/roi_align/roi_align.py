stub: upstream file of 3070 bytes
