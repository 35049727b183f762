stub: upstream file of 940110 bytes
