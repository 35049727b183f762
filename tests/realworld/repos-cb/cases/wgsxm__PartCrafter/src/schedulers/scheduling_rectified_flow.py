stub: upstream file of 12255 bytes
