stub: upstream file of 36488 bytes
