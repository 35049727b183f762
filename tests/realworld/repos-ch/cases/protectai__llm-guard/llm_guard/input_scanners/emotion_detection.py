stub: upstream file of 9010 bytes
