stub: upstream file of 20190 bytes
