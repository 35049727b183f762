stub: upstream file of 39830 bytes
