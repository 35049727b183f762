stub: upstream file of 44086 bytes
