stub: upstream file of 14788 bytes
