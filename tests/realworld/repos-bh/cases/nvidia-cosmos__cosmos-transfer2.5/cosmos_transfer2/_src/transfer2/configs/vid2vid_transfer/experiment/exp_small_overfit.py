stub: upstream file of 4800 bytes
