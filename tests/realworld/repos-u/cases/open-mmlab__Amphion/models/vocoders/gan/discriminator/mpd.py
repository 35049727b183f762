stub: upstream file of 12567 bytes
