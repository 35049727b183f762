stub: upstream file of 10575 bytes
