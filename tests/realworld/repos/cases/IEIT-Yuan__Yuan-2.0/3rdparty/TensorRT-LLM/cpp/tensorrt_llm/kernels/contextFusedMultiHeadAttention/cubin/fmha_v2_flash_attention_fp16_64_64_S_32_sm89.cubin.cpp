stub: upstream file of 389151 bytes
