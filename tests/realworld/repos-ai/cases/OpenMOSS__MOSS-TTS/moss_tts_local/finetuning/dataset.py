stub: upstream file of 8187 bytes
