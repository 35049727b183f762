stub: upstream file of 1238 bytes
