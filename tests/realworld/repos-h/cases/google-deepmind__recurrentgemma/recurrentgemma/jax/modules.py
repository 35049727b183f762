stub: upstream file of 28774 bytes
