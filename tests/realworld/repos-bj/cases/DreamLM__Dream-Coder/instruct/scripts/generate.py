stub: upstream file of 13457 bytes
