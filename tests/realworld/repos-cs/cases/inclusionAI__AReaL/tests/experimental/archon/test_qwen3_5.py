stub: upstream file of 52819 bytes
