stub: upstream file of 2521 bytes
