stub: upstream file of 22054 bytes
