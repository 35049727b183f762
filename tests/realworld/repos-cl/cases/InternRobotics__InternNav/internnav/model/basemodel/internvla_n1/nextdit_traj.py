stub: upstream file of 15496 bytes
