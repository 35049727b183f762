stub: upstream file of 44390 bytes
