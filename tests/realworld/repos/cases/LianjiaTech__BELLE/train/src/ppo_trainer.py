stub: upstream file of 17783 bytes
