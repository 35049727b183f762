stub: upstream file of 15499 bytes
