stub: upstream file of 3012 bytes
