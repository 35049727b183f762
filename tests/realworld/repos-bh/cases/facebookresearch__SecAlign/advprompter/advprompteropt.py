stub: upstream file of 16154 bytes
