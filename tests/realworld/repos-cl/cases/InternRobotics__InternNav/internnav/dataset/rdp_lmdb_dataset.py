stub: upstream file of 20261 bytes
