stub: upstream file of 12448 bytes
