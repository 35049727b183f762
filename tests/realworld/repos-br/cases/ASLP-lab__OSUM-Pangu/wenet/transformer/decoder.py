stub: upstream file of 20200 bytes
