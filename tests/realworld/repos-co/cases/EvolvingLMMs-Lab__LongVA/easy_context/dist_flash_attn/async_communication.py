stub: upstream file of 24523 bytes
