stub: upstream file of 84815 bytes
