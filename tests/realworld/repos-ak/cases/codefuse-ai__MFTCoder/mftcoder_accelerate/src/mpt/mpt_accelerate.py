stub: upstream file of 19583 bytes
