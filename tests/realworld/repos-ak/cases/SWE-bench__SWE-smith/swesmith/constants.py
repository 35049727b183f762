stub: upstream file of 27069 bytes
