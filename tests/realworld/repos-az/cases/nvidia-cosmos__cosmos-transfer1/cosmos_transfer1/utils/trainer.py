stub: upstream file of 15048 bytes
