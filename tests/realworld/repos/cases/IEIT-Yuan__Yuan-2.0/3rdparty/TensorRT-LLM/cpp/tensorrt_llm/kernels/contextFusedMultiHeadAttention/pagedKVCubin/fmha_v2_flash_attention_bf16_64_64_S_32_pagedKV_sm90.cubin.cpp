stub: upstream file of 386764 bytes
