stub: upstream file of 6778 bytes
