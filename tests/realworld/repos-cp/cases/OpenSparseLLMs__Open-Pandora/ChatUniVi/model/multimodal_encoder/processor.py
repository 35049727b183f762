stub: upstream file of 2155 bytes
