stub: upstream file of 90460 bytes
