stub: upstream file of 15603 bytes
