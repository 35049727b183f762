stub: upstream file of 7627 bytes
