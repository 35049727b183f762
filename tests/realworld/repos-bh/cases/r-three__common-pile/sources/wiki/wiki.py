stub: upstream file of 26392 bytes
