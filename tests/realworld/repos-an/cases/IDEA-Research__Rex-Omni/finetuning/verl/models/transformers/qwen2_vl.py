stub: upstream file of 8476 bytes
