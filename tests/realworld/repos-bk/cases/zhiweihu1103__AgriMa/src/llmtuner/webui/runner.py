stub: upstream file of 11086 bytes
