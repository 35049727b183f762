stub: upstream file of 20197 bytes
