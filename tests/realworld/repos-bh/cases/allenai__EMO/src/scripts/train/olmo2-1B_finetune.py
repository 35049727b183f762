stub: upstream file of 10624 bytes
