stub: upstream file of 16686 bytes
