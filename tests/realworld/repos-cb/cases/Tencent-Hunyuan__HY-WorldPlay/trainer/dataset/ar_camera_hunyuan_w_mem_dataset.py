stub: upstream file of 32159 bytes
