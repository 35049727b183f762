stub: upstream file of 19491 bytes
