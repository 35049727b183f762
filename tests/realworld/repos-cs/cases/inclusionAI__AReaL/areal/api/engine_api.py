stub: upstream file of 35494 bytes
