stub: upstream file of 342610 bytes
