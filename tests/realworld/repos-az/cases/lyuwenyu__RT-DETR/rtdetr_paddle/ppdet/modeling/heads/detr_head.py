stub: upstream file of 21173 bytes
