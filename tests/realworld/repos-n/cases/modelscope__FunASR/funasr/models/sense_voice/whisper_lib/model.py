stub: upstream file of 20194 bytes
