stub: upstream file of 37707 bytes
