stub: upstream file of 4692 bytes
