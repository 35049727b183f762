stub: upstream file of 15957 bytes
