stub: upstream file of 9808 bytes
