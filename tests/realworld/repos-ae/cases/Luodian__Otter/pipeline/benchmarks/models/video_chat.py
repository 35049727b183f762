stub: upstream file of 7692 bytes
