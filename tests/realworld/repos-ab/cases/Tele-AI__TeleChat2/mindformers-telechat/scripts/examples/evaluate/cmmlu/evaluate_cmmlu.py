stub: upstream file of 14354 bytes
