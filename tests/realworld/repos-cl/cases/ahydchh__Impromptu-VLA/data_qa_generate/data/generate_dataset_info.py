stub: upstream file of 1314 bytes
