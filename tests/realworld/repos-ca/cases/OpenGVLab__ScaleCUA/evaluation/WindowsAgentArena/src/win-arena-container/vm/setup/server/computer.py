stub: upstream file of 14649 bytes
