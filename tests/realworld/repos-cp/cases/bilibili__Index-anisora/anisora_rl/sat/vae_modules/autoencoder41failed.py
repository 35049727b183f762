stub: upstream file of 32671 bytes
