stub: upstream file of 51583 bytes
