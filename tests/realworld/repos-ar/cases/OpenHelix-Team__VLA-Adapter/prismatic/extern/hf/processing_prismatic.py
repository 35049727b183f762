stub: upstream file of 12713 bytes
