stub: upstream file of 7086 bytes
