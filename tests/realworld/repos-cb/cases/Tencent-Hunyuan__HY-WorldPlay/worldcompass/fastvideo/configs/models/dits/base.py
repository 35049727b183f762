stub: upstream file of 2130 bytes
