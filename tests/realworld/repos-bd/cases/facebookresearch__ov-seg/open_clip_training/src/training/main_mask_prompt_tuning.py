stub: upstream file of 12938 bytes
