stub: upstream file of 20830 bytes
