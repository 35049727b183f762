stub: upstream file of 37152 bytes
