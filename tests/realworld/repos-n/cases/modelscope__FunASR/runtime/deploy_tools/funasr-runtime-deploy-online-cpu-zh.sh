stub: upstream file of 61332 bytes
