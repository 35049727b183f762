stub: upstream file of 7575 bytes
