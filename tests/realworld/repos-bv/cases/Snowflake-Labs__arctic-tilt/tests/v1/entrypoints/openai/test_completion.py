stub: upstream file of 22331 bytes
