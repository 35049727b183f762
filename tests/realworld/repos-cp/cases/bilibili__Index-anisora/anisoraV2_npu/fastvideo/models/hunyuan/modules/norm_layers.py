stub: upstream file of 2017 bytes
