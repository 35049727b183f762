stub: upstream file of 8701 bytes
