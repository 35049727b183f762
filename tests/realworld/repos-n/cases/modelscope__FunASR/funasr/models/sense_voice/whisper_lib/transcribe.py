stub: upstream file of 29376 bytes
