stub: upstream file of 6452 bytes
