stub: upstream file of 497954 bytes
