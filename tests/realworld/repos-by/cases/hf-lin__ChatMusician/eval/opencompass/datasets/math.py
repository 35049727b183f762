stub: upstream file of 10841 bytes
