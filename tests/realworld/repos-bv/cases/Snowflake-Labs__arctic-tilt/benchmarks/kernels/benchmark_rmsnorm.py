stub: upstream file of 8033 bytes
