stub: upstream file of 40575 bytes
