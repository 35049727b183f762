stub: upstream file of 38020 bytes
