stub: upstream file of 25692 bytes
