stub: upstream file of 16575 bytes
