stub: upstream file of 31103 bytes
