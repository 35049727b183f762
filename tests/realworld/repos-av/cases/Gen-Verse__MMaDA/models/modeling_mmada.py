stub: upstream file of 32078 bytes
