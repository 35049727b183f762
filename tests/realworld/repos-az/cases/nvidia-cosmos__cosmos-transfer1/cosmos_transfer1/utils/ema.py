stub: upstream file of 15310 bytes
