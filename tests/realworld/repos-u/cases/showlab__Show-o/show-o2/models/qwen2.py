stub: upstream file of 70230 bytes
