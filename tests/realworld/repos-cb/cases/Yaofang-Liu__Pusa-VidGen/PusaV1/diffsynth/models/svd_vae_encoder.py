stub: upstream file of 12377 bytes
