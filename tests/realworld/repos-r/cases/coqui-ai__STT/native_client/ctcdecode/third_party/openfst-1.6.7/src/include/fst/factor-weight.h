stub: upstream file of 16689 bytes
