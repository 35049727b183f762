stub: upstream file of 29867 bytes
