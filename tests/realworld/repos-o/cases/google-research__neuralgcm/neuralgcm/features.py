stub: upstream file of 31748 bytes
