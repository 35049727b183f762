stub: upstream file of 75765 bytes
