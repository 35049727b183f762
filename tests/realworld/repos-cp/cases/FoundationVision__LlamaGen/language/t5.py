stub: upstream file of 8774 bytes
