stub: upstream file of 15086 bytes
