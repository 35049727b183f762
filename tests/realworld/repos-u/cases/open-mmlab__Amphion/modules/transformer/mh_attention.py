stub: upstream file of 19575 bytes
