stub: upstream file of 9070 bytes
