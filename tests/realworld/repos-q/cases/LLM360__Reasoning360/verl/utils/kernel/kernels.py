stub: upstream file of 59114 bytes
