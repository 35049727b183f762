stub: upstream file of 37770 bytes
