stub: upstream file of 10066 bytes
