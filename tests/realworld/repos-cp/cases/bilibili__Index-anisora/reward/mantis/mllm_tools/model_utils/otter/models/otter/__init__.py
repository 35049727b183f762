stub: upstream file of 1086 bytes
