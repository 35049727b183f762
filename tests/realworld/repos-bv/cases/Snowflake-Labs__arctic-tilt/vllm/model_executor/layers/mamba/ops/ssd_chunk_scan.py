stub: upstream file of 22086 bytes
