stub: upstream file of 21147 bytes
