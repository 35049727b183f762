stub: upstream file of 49478 bytes
