stub: upstream file of 8263 bytes
