stub: upstream file of 31526 bytes
