stub: upstream file of 11274 bytes
