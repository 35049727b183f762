stub: upstream file of 28527 bytes
