stub: upstream file of 12927 bytes
