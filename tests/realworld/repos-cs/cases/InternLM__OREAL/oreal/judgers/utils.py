stub: upstream file of 14229 bytes
