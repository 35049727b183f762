stub: upstream file of 7561 bytes
