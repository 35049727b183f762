stub: upstream file of 30387 bytes
