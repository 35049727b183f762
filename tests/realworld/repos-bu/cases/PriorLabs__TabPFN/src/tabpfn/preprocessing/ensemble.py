stub: upstream file of 53815 bytes
