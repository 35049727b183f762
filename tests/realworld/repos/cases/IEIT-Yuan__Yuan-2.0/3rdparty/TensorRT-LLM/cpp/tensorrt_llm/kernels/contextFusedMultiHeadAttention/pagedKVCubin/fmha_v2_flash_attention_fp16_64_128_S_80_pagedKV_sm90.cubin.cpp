stub: upstream file of 763279 bytes
