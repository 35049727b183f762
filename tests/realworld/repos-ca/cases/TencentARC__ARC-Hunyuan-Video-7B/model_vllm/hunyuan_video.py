stub: upstream file of 14168 bytes
