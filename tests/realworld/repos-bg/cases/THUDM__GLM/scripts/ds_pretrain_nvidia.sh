stub: upstream file of 554 bytes
