stub: upstream file of 12987 bytes
