stub: upstream file of 10710 bytes
