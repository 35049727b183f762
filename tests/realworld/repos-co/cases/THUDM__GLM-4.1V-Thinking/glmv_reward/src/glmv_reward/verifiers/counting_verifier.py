stub: upstream file of 6652 bytes
