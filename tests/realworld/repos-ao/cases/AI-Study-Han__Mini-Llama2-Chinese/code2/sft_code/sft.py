stub: upstream file of 12561 bytes
