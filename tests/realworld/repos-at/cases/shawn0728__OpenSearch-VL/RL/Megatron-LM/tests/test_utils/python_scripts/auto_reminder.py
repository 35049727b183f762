stub: upstream file of 11512 bytes
