stub: upstream file of 6207 bytes
