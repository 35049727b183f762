stub: upstream file of 3650 bytes
