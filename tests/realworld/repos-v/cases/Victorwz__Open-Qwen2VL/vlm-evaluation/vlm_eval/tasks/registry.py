stub: upstream file of 37608 bytes
