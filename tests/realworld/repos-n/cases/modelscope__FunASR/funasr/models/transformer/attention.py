stub: upstream file of 24774 bytes
