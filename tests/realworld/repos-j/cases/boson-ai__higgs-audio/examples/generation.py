stub: upstream file of 29246 bytes
