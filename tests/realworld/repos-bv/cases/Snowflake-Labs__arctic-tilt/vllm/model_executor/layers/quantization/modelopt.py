stub: upstream file of 17050 bytes
