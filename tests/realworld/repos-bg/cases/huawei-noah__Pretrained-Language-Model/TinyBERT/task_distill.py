stub: upstream file of 42588 bytes
