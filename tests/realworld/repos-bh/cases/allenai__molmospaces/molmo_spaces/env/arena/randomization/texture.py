stub: upstream file of 86829 bytes
