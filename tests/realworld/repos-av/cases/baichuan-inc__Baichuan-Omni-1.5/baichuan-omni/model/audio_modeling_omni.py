stub: upstream file of 28519 bytes
