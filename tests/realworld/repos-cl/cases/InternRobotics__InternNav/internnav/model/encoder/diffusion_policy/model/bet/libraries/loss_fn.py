stub: upstream file of 6070 bytes
