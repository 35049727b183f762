stub: upstream file of 10603 bytes
