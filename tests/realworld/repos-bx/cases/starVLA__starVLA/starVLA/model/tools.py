stub: upstream file of 18242 bytes
