stub: upstream file of 25988 bytes
