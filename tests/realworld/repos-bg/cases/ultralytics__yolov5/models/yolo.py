stub: upstream file of 20907 bytes
