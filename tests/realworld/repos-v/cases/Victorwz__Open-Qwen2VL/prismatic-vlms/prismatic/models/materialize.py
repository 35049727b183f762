stub: upstream file of 5837 bytes
