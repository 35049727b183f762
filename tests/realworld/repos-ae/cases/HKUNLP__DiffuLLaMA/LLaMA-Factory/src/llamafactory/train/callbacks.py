stub: upstream file of 15211 bytes
