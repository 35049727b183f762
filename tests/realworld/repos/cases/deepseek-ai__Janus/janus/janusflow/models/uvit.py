stub: upstream file of 22516 bytes
