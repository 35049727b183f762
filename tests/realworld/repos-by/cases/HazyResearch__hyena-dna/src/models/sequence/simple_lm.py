stub: upstream file of 23086 bytes
