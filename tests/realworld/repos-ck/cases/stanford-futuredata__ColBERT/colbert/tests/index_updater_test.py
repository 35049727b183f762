stub: upstream file of 6974 bytes
