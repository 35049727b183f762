stub: upstream file of 10545 bytes
