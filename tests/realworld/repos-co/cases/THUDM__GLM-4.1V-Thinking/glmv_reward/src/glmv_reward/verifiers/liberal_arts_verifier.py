stub: upstream file of 5519 bytes
