stub: upstream file of 36996 bytes
