stub: upstream file of 9300 bytes
