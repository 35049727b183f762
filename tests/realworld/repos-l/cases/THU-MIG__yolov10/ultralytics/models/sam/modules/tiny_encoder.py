stub: upstream file of 29135 bytes
