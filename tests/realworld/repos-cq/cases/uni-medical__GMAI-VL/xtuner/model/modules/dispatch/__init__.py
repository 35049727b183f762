stub: upstream file of 11682 bytes
