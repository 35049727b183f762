stub: upstream file of 7980 bytes
