stub: upstream file of 59406 bytes
