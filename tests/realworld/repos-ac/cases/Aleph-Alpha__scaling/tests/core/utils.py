stub: upstream file of 11161 bytes
