stub: upstream file of 10173 bytes
