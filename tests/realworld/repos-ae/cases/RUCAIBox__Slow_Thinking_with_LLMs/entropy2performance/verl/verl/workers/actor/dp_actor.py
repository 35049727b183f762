stub: upstream file of 54519 bytes
