stub: upstream file of 115419 bytes
