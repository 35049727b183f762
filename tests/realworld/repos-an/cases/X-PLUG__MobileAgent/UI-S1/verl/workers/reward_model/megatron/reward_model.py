stub: upstream file of 15942 bytes
