stub: upstream file of 12774 bytes
