stub: upstream file of 2070 bytes
