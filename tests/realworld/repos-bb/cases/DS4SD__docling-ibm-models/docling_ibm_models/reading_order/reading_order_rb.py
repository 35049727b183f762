stub: upstream file of 20416 bytes
