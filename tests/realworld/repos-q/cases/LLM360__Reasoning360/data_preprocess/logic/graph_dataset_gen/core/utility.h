stub: upstream file of 23241 bytes
