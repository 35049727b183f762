stub: upstream file of 2018 bytes
