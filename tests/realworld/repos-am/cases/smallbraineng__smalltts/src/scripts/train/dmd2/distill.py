stub: upstream file of 16520 bytes
