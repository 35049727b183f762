stub: upstream file of 31086 bytes
