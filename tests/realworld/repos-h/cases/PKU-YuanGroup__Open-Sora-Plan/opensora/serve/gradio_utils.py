stub: upstream file of 20126 bytes
