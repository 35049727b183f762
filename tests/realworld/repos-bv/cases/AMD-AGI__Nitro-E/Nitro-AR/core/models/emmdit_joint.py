stub: upstream file of 32049 bytes
