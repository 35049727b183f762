stub: upstream file of 17575 bytes
