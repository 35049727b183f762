stub: upstream file of 10910 bytes
