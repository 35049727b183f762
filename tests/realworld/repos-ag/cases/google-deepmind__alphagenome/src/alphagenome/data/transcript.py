stub: upstream file of 26872 bytes
