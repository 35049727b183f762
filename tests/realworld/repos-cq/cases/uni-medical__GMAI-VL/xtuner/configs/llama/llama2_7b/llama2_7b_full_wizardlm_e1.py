stub: upstream file of 6798 bytes
