stub: upstream file of 14126 bytes
