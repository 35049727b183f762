stub: upstream file of 6580 bytes
