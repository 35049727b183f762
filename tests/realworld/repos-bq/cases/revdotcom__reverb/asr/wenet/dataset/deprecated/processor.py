stub: upstream file of 22079 bytes
