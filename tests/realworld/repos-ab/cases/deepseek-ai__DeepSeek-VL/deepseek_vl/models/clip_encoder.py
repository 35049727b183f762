stub: upstream file of 8233 bytes
