stub: upstream file of 2019 bytes
