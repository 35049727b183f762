stub: upstream file of 26437 bytes
