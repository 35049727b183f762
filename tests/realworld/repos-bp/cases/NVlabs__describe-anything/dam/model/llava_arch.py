stub: upstream file of 31954 bytes
