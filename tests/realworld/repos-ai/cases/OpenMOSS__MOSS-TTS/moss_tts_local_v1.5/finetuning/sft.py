stub: upstream file of 44785 bytes
