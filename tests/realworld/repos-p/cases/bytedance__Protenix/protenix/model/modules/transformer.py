stub: upstream file of 38600 bytes
