stub: upstream file of 25018 bytes
