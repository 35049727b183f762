stub: upstream file of 16221 bytes
