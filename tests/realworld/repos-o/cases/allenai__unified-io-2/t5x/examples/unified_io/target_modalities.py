stub: upstream file of 30996 bytes
