stub: upstream file of 54420 bytes
