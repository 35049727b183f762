stub: upstream file of 9229 bytes
