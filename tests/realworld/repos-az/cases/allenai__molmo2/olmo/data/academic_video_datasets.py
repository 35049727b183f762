stub: upstream file of 243506 bytes
