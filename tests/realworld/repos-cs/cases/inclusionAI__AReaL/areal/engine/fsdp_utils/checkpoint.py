stub: upstream file of 2020 bytes
