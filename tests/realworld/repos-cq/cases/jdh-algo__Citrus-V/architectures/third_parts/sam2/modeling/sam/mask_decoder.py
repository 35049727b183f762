stub: upstream file of 12628 bytes
