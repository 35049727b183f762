stub: upstream file of 12815 bytes
