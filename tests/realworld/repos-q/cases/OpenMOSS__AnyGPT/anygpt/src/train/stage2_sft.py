stub: upstream file of 22668 bytes
