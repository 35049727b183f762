stub: upstream file of 22029 bytes
