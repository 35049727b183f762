stub: upstream file of 32725 bytes
