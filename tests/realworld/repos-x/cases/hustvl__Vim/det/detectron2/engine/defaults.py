stub: upstream file of 26907 bytes
