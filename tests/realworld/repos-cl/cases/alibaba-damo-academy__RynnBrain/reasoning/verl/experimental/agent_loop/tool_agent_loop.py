stub: upstream file of 22874 bytes
