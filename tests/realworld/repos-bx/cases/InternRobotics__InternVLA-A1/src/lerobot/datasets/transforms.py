stub: upstream file of 9971 bytes
