stub: upstream file of 12855 bytes
