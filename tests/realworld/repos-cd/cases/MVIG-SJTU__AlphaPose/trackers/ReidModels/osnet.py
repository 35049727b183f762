stub: upstream file of 17002 bytes
