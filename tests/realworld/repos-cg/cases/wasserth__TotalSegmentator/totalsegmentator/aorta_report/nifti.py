stub: upstream file of 1121 bytes
