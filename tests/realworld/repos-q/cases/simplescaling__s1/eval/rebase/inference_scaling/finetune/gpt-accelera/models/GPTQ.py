stub: upstream file of 17670 bytes
