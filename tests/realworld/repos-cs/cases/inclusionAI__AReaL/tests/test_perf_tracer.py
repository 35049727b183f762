stub: upstream file of 24179 bytes
