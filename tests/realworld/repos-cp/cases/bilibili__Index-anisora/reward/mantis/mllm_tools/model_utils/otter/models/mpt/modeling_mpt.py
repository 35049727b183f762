stub: upstream file of 22553 bytes
