stub: upstream file of 21390 bytes
