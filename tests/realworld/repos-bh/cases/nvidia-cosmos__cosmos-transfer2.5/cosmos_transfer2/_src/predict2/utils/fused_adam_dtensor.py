stub: upstream file of 17613 bytes
