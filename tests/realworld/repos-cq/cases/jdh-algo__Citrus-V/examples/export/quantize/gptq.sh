stub: upstream file of 478 bytes
