stub: upstream file of 29833 bytes
