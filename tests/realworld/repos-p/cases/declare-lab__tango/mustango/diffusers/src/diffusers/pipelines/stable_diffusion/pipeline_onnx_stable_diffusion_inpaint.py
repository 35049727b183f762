stub: upstream file of 24831 bytes
