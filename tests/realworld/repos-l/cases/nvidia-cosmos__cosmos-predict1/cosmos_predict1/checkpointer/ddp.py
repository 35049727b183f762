stub: upstream file of 20519 bytes
