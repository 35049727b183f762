stub: upstream file of 13649 bytes
