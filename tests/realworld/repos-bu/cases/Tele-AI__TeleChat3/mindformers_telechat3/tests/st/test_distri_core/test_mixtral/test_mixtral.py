stub: upstream file of 24815 bytes
