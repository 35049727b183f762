stub: upstream file of 24867 bytes
