stub: upstream file of 142769 bytes
