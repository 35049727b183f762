stub: upstream file of 63414 bytes
