stub: upstream file of 3561 bytes
