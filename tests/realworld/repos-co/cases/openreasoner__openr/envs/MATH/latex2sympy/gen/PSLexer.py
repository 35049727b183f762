stub: upstream file of 118575 bytes
