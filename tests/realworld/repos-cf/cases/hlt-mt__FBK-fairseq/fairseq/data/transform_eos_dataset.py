stub: upstream file of 4575 bytes
