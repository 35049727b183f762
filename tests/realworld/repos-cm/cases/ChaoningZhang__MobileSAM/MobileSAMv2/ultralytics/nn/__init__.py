stub: upstream file of 555 bytes
