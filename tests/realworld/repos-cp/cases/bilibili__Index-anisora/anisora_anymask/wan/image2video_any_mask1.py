stub: upstream file of 14327 bytes
