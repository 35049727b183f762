stub: upstream file of 45052 bytes
