stub: upstream file of 1686 bytes
