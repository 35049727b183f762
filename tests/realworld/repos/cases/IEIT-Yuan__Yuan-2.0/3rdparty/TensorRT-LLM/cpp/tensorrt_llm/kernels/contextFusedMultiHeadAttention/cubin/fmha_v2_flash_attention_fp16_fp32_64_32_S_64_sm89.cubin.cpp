stub: upstream file of 333117 bytes
