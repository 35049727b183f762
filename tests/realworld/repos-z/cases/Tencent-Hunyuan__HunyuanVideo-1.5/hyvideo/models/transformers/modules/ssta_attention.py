stub: upstream file of 30949 bytes
