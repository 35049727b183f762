stub: upstream file of 13567 bytes
