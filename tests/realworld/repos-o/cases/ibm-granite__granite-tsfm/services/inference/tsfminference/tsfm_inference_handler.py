stub: upstream file of 22365 bytes
