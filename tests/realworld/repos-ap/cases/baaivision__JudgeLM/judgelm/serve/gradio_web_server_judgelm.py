stub: upstream file of 59069 bytes
