stub: upstream file of 52633 bytes
