stub: upstream file of 20575 bytes
