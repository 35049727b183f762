stub: upstream file of 16774 bytes
