stub: upstream file of 22053 bytes
