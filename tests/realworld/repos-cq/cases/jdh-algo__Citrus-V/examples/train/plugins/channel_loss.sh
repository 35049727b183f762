stub: upstream file of 1052 bytes
