stub: upstream file of 12033 bytes
