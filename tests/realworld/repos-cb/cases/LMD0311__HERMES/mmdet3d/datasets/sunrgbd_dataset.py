stub: upstream file of 10988 bytes
