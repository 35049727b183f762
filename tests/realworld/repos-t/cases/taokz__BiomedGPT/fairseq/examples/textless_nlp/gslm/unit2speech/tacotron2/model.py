stub: upstream file of 25989 bytes
