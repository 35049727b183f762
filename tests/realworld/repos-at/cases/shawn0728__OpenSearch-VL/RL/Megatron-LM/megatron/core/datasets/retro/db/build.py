stub: upstream file of 24218 bytes
