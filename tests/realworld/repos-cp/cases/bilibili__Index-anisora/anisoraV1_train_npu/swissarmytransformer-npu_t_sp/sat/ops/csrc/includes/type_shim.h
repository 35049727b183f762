stub: upstream file of 6388 bytes
