stub: upstream file of 17126 bytes
