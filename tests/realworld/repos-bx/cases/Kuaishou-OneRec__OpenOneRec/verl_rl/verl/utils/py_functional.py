stub: upstream file of 11919 bytes
