stub: upstream file of 26043 bytes
