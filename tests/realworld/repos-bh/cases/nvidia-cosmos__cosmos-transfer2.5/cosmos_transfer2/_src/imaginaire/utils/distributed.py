stub: upstream file of 18135 bytes
