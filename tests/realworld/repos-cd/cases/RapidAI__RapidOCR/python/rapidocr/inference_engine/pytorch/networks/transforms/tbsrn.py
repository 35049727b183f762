stub: upstream file of 10633 bytes
