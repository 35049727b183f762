stub: upstream file of 9676 bytes
