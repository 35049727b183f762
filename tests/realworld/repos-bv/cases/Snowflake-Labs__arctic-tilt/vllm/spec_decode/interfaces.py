stub: upstream file of 3086 bytes
