stub: upstream file of 20490 bytes
