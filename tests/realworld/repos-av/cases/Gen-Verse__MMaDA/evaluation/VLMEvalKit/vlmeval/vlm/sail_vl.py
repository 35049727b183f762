stub: upstream file of 23259 bytes
