stub: upstream file of 73283 bytes
