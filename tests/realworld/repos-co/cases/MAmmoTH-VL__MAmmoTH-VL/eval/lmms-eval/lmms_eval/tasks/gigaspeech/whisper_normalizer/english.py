stub: upstream file of 21140 bytes
