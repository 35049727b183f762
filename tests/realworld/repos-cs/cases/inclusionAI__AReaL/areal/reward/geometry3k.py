stub: upstream file of 1030 bytes
