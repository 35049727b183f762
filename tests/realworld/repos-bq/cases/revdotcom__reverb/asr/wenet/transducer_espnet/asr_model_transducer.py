stub: upstream file of 42104 bytes
