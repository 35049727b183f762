stub: upstream file of 5988 bytes
