stub: upstream file of 19710 bytes
