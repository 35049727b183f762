stub: upstream file of 14540 bytes
