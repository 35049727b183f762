stub: upstream file of 27410 bytes
