stub: upstream file of 4671 bytes
