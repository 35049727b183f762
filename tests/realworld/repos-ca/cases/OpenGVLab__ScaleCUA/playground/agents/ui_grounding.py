stub: upstream file of 3107 bytes
