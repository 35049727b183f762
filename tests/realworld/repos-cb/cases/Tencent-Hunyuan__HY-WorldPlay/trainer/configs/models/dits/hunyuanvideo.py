stub: upstream file of 8583 bytes
