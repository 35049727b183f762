stub: upstream file of 6199 bytes
