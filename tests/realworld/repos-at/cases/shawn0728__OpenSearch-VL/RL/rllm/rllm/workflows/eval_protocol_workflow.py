stub: upstream file of 8760 bytes
