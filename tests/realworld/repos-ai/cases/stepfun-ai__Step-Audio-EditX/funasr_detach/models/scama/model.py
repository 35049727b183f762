stub: upstream file of 27224 bytes
