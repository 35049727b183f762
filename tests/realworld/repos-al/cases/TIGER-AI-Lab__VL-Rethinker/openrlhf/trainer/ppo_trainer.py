stub: upstream file of 41673 bytes
