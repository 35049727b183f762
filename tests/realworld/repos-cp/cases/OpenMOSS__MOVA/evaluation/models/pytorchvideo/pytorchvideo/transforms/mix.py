stub: upstream file of 9205 bytes
