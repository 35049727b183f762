stub: upstream file of 29842 bytes
