stub: upstream file of 47390 bytes
