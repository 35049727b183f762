stub: upstream file of 33635 bytes
