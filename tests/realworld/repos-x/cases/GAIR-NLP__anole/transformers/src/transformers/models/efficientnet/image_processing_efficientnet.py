stub: upstream file of 18848 bytes
