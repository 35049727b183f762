stub: upstream file of 45974 bytes
