stub: upstream file of 38867 bytes
