stub: upstream file of 1949 bytes
