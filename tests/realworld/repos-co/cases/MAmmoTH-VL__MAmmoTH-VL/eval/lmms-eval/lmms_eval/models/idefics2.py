stub: upstream file of 11259 bytes
