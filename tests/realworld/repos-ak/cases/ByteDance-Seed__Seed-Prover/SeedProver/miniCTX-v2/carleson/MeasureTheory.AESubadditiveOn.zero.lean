stub: upstream file of 151817 bytes
