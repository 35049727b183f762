stub: upstream file of 4365 bytes
