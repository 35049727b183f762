stub: upstream file of 13769 bytes
