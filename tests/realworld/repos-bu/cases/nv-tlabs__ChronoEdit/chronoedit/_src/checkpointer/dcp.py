stub: upstream file of 44354 bytes
