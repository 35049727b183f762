stub: upstream file of 33390 bytes
