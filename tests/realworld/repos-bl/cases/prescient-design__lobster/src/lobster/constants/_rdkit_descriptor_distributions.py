stub: upstream file of 26810 bytes
