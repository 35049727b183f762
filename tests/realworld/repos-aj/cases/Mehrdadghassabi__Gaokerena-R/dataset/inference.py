stub: upstream file of 18575 bytes
