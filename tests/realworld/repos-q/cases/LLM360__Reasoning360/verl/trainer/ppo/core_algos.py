stub: upstream file of 42406 bytes
