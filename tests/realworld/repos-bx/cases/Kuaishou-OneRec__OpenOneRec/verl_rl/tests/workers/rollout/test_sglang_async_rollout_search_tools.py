stub: upstream file of 17561 bytes
