stub: upstream file of 27077 bytes
