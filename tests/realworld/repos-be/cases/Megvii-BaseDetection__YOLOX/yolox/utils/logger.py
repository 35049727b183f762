stub: upstream file of 14636 bytes
