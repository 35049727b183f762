stub: upstream file of 26061 bytes
