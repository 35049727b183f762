stub: upstream file of 2710 bytes
