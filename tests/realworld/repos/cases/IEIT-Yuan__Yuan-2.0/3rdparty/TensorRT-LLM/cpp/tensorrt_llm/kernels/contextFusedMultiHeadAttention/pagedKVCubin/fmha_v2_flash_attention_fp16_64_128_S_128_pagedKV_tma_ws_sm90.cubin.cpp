stub: upstream file of 1456710 bytes
