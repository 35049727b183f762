stub: upstream file of 21410 bytes
