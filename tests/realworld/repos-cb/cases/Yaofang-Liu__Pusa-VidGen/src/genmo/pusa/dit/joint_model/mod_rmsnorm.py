stub: upstream file of 910 bytes
