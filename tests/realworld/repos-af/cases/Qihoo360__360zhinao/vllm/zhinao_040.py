stub: upstream file of 17086 bytes
