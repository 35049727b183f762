stub: upstream file of 26799 bytes
