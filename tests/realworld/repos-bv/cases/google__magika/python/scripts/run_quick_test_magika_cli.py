stub: upstream file of 4412 bytes
