stub: upstream file of 51026 bytes
