stub: upstream file of 11736 bytes
