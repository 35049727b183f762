stub: upstream file of 13331 bytes
