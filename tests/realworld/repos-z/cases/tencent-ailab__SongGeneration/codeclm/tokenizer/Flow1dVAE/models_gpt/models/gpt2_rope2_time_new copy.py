stub: upstream file of 93151 bytes
