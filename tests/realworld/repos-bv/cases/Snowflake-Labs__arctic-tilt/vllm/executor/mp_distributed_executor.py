stub: upstream file of 9854 bytes
