stub: upstream file of 5398 bytes
