stub: upstream file of 24929 bytes
