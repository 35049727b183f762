stub: upstream file of 7706 bytes
