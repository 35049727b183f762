stub: upstream file of 13223 bytes
