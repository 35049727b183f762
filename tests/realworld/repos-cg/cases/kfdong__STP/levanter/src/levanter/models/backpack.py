stub: upstream file of 16688 bytes
