stub: upstream file of 974 bytes
