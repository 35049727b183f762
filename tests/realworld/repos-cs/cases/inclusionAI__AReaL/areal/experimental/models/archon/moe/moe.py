stub: upstream file of 10065 bytes
