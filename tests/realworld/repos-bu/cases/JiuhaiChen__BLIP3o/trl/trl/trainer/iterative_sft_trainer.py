stub: upstream file of 21212 bytes
