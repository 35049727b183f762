stub: upstream file of 37511 bytes
