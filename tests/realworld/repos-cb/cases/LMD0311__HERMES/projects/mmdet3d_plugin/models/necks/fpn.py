stub: upstream file of 9151 bytes
