stub: upstream file of 18789 bytes
