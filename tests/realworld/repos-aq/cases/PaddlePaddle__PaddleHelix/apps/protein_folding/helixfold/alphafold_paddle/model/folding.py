stub: upstream file of 43514 bytes
