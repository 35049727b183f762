stub: upstream file of 23639 bytes
