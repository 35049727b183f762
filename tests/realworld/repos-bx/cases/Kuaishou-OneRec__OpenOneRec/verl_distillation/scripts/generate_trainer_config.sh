stub: upstream file of 1847 bytes
