stub: upstream file of 31243 bytes
