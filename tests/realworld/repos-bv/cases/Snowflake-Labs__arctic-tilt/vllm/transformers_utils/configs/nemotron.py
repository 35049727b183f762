stub: upstream file of 8974 bytes
