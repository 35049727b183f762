stub: upstream file of 12146 bytes
