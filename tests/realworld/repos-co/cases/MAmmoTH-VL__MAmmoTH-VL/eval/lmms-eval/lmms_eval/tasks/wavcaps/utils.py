stub: upstream file of 5185 bytes
