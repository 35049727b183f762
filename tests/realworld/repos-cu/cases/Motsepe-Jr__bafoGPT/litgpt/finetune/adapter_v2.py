stub: upstream file of 18196 bytes
