stub: upstream file of 19135 bytes
