stub: upstream file of 14198 bytes
