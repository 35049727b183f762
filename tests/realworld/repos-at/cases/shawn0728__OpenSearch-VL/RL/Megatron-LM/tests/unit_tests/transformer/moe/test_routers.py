stub: upstream file of 20817 bytes
