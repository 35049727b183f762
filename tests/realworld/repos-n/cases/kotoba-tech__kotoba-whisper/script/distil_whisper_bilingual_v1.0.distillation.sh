stub: upstream file of 137134 bytes
