stub: upstream file of 30196 bytes
