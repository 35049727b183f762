stub: upstream file of 62661 bytes
