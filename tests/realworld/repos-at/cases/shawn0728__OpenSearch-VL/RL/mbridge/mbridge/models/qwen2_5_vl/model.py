stub: upstream file of 18563 bytes
