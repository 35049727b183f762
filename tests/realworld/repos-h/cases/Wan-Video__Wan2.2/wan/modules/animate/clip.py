stub: upstream file of 16849 bytes
