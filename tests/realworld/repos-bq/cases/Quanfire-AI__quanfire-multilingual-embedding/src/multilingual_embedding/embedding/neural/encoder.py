stub: upstream file of 15749 bytes
