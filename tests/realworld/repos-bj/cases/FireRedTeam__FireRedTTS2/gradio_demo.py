stub: upstream file of 12346 bytes
