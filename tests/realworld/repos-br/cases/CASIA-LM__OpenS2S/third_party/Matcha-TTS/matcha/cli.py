stub: upstream file of 15519 bytes
