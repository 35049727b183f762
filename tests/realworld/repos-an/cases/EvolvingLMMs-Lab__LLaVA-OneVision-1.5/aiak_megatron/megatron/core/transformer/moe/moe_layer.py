stub: upstream file of 7636 bytes
