stub: upstream file of 17162 bytes
