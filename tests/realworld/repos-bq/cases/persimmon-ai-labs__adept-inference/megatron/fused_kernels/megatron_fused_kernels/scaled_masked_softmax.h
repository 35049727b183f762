stub: upstream file of 32724 bytes
