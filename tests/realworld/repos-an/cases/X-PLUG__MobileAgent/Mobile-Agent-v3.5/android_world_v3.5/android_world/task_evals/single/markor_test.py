stub: upstream file of 12171 bytes
