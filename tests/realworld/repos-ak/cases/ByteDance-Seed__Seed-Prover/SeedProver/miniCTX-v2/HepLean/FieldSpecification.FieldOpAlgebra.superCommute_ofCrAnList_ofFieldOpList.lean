stub: upstream file of 12390 bytes
