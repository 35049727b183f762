stub: upstream file of 12816 bytes
