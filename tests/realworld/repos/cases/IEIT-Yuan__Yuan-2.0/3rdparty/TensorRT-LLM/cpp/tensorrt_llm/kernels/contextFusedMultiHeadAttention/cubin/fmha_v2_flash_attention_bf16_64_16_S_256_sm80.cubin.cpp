stub: upstream file of 537547 bytes
