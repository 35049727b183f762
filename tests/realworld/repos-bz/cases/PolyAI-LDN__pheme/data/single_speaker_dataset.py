stub: upstream file of 6387 bytes
