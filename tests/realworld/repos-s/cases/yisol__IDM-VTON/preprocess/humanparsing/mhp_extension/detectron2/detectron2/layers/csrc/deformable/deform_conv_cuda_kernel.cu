stub: upstream file of 44299 bytes
