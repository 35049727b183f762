stub: upstream file of 6575 bytes
