stub: upstream file of 12168 bytes
