stub: upstream file of 13433 bytes
