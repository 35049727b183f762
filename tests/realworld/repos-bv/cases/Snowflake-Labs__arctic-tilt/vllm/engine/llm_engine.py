stub: upstream file of 96740 bytes
