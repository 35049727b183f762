stub: upstream file of 2673 bytes
