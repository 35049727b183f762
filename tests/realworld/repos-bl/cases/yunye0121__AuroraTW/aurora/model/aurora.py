stub: upstream file of 37760 bytes
