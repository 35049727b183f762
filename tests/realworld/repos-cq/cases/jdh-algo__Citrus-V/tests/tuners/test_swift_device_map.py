stub: upstream file of 1793 bytes
