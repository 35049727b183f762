stub: upstream file of 11063 bytes
