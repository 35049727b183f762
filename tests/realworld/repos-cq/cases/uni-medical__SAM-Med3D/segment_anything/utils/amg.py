stub: upstream file of 13146 bytes
