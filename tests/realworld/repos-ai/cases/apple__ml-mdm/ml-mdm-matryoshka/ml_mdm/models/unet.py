stub: upstream file of 36708 bytes
