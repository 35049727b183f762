stub: upstream file of 7774 bytes
