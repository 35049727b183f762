stub: upstream file of 36519 bytes
