stub: upstream file of 22012 bytes
