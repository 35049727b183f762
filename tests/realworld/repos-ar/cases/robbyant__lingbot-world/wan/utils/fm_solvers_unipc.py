stub: upstream file of 32733 bytes
