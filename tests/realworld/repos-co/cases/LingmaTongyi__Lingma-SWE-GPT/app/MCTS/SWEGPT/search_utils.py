stub: upstream file of 18331 bytes
