stub: upstream file of 47831 bytes
