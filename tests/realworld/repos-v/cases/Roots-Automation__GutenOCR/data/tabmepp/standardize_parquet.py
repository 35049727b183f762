stub: upstream file of 27789 bytes
