stub: upstream file of 19456 bytes
