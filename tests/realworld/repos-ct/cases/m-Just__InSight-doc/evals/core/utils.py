stub: upstream file of 1837 bytes
