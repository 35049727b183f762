stub: upstream file of 8649 bytes
