stub: upstream file of 412043 bytes
