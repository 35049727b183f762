stub: upstream file of 25910 bytes
