stub: upstream file of 12517 bytes
