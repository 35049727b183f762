stub: upstream file of 3610 bytes
