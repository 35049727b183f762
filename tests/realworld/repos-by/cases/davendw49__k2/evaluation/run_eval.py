stub: upstream file of 9953 bytes
