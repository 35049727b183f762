stub: upstream file of 12166 bytes
