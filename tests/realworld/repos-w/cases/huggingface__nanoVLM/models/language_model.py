stub: upstream file of 32655 bytes
