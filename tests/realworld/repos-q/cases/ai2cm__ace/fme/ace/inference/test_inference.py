stub: upstream file of 22386 bytes
