stub: upstream file of 6397 bytes
