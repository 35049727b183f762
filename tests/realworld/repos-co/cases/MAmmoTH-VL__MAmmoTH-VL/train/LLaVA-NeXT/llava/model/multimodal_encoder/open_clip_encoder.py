stub: upstream file of 6649 bytes
