stub: upstream file of 31982 bytes
