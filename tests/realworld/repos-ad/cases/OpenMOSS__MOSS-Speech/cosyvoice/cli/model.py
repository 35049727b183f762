stub: upstream file of 23992 bytes
