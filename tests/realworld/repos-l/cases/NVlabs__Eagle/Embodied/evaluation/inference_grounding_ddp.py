stub: upstream file of 34799 bytes
