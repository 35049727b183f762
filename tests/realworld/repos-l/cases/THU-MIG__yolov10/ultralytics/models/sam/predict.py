stub: upstream file of 23632 bytes
