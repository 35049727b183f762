stub: upstream file of 53047 bytes
