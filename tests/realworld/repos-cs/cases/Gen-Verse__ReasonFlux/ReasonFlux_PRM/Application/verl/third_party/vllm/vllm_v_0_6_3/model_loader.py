stub: upstream file of 14161 bytes
