stub: upstream file of 7220 bytes
