stub: upstream file of 77002 bytes
