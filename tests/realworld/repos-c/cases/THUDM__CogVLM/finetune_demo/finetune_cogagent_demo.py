stub: upstream file of 12478 bytes
