stub: upstream file of 34202 bytes
