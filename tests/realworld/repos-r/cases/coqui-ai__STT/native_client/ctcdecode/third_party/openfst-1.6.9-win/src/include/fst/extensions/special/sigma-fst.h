stub: upstream file of 5974 bytes
