stub: upstream file of 10438 bytes
