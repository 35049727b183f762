stub: upstream file of 3664 bytes
