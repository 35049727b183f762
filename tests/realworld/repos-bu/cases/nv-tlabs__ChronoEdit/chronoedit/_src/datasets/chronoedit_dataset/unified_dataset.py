stub: upstream file of 14691 bytes
