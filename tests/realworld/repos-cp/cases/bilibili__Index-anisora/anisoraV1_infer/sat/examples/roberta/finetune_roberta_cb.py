stub: upstream file of 4669 bytes
