stub: upstream file of 8051 bytes
