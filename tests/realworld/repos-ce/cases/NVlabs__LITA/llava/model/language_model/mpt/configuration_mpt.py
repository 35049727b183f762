stub: upstream file of 9198 bytes
