stub: upstream file of 1154 bytes
