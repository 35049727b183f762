stub: upstream file of 49527 bytes
