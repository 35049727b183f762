stub: upstream file of 17709 bytes
