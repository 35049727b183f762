stub: upstream file of 17027 bytes
