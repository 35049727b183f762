stub: upstream file of 36007 bytes
