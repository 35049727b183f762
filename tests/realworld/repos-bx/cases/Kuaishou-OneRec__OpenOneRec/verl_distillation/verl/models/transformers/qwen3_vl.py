stub: upstream file of 14031 bytes
