stub: upstream file of 15575 bytes
