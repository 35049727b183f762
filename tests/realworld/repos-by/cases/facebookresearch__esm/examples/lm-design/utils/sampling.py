stub: upstream file of 7710 bytes
