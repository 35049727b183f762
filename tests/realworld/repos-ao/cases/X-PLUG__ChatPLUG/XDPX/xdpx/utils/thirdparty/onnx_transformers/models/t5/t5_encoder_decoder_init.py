stub: upstream file of 11756 bytes
