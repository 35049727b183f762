stub: upstream file of 5953 bytes
