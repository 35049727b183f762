stub: upstream file of 10170 bytes
