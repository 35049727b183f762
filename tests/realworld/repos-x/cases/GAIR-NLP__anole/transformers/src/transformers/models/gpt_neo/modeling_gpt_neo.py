stub: upstream file of 58161 bytes
