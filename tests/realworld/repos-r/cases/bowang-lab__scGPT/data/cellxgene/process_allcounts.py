stub: upstream file of 8738 bytes
