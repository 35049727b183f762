stub: upstream file of 20802 bytes
