stub: upstream file of 28299 bytes
