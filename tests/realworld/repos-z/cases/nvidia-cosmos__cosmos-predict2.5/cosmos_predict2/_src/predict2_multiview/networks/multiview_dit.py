stub: upstream file of 23842 bytes
