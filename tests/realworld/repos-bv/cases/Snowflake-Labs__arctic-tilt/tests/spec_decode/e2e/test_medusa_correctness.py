stub: upstream file of 14368 bytes
