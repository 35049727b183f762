stub: upstream file of 1780 bytes
