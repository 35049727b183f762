stub: upstream file of 6003 bytes
