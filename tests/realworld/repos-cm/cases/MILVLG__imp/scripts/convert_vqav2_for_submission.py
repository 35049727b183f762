stub: upstream file of 1774 bytes
