stub: upstream file of 15912 bytes
