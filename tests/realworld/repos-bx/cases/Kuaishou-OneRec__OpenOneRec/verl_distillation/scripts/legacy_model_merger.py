stub: upstream file of 35163 bytes
