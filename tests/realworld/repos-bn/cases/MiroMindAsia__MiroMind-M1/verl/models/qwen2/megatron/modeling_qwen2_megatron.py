stub: upstream file of 32799 bytes
