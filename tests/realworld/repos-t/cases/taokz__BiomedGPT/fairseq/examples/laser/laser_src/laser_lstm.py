stub: upstream file of 20672 bytes
