stub: upstream file of 31275 bytes
