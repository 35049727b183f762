stub: upstream file of 14611 bytes
