stub: upstream file of 27750 bytes
