stub: upstream file of 54837 bytes
