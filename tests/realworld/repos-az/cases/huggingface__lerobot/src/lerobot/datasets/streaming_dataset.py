stub: upstream file of 32650 bytes
