stub: upstream file of 54035 bytes
