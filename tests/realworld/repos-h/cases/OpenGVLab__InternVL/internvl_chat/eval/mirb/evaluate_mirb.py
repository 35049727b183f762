stub: upstream file of 15229 bytes
