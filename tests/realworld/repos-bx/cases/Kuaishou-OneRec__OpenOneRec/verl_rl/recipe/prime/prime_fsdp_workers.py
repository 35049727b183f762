stub: upstream file of 16587 bytes
