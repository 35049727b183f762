stub: upstream file of 12242 bytes
