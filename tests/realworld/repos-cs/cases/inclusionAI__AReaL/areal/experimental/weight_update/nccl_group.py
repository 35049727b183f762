stub: upstream file of 8069 bytes
