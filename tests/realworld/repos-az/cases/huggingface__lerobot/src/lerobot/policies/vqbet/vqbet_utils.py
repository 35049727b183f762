stub: upstream file of 53437 bytes
