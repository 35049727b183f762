stub: upstream file of 4247 bytes
