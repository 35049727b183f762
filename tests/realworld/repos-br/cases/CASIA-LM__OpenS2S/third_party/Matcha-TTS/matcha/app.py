stub: upstream file of 13992 bytes
