stub: upstream file of 22333 bytes
