stub: upstream file of 17239 bytes
