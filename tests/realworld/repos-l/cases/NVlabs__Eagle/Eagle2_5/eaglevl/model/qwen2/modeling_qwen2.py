stub: upstream file of 89518 bytes
