stub: upstream file of 29112 bytes
