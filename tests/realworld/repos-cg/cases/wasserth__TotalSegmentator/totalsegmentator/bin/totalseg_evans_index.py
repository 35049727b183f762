stub: upstream file of 16862 bytes
