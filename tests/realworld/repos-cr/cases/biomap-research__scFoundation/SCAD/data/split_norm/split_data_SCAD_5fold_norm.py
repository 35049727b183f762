stub: upstream file of 14020 bytes
