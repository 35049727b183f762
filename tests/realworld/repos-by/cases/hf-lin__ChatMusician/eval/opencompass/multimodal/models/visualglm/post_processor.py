stub: upstream file of 847 bytes
