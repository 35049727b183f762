stub: upstream file of 13107 bytes
