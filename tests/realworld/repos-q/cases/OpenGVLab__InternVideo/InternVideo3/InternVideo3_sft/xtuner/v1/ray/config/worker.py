stub: upstream file of 13390 bytes
