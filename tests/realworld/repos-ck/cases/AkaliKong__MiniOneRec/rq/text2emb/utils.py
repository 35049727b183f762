stub: upstream file of 12163 bytes
