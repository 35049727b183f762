stub: upstream file of 7732 bytes
