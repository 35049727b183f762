stub: upstream file of 19725 bytes
