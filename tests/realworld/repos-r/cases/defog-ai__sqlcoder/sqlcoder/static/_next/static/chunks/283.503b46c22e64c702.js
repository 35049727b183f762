stub: upstream file of 944135 bytes
