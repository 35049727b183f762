stub: upstream file of 31690 bytes
