stub: upstream file of 15867 bytes
