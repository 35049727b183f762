stub: upstream file of 10971 bytes
