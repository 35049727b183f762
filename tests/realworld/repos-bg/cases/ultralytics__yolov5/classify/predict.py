stub: upstream file of 12006 bytes
