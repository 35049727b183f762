stub: upstream file of 2086 bytes
