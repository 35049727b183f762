stub: upstream file of 88805 bytes
