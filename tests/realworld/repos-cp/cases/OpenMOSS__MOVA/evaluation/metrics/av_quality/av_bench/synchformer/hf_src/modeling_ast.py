stub: upstream file of 30062 bytes
