stub: upstream file of 27850 bytes
