stub: upstream file of 14287 bytes
