stub: upstream file of 9575 bytes
