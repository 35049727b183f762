stub: upstream file of 25206 bytes
