stub: upstream file of 8179 bytes
