stub: upstream file of 42950 bytes
