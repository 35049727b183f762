stub: upstream file of 10125 bytes
