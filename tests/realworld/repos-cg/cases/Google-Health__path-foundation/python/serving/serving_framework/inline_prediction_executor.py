stub: upstream file of 3027 bytes
