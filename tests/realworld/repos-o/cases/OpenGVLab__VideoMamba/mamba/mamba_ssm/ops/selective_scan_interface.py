stub: upstream file of 35848 bytes
