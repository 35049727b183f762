stub: upstream file of 50470 bytes
