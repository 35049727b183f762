stub: upstream file of 20187 bytes
