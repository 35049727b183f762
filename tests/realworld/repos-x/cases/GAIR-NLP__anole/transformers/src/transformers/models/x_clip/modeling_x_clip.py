stub: upstream file of 70086 bytes
