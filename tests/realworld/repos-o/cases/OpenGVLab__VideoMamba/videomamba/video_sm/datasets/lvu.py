stub: upstream file of 18214 bytes
