stub: upstream file of 461022 bytes
