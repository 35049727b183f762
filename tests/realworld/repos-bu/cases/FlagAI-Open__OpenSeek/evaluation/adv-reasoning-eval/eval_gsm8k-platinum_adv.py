stub: upstream file of 15159 bytes
