stub: upstream file of 21143 bytes
