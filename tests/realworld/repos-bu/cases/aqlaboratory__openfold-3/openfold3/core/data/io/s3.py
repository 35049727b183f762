stub: upstream file of 8553 bytes
