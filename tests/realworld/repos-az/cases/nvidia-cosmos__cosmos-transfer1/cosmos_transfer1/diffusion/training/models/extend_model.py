stub: upstream file of 30190 bytes
