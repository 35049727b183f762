stub: upstream file of 4161 bytes
