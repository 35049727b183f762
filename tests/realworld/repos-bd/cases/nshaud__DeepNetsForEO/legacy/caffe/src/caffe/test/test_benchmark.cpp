stub: upstream file of 2575 bytes
