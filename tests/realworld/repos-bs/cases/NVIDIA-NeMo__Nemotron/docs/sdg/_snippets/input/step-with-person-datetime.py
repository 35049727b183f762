stub: upstream file of 11774 bytes
