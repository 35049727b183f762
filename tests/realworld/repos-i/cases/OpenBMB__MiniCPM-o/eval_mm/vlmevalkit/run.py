stub: upstream file of 20314 bytes
