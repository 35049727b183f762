stub: upstream file of 11147 bytes
