stub: upstream file of 15785 bytes
