stub: upstream file of 743595 bytes
