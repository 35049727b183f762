stub: upstream file of 10941 bytes
