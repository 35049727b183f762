stub: upstream file of 16554 bytes
