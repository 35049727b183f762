stub: upstream file of 23648 bytes
