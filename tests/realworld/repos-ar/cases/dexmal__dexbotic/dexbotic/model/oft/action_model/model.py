stub: upstream file of 14180 bytes
