stub: upstream file of 4154 bytes
