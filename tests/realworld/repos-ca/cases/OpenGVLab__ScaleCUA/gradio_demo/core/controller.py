stub: upstream file of 9867 bytes
