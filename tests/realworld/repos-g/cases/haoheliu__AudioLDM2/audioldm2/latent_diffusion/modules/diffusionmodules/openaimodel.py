stub: upstream file of 40223 bytes
