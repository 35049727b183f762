stub: upstream file of 7020 bytes
