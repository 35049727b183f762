stub: upstream file of 30434 bytes
