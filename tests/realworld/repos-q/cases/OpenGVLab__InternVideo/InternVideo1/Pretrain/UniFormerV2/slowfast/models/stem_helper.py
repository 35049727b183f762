stub: upstream file of 10660 bytes
