stub: upstream file of 359186 bytes
