stub: upstream file of 28139 bytes
