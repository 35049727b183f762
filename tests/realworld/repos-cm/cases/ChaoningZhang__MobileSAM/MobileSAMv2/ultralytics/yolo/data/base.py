stub: upstream file of 12649 bytes
