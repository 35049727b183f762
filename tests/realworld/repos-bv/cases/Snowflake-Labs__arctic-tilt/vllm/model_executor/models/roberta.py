stub: upstream file of 11079 bytes
