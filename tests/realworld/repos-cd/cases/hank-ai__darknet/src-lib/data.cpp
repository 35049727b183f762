stub: upstream file of 31562 bytes
