stub: upstream file of 45229 bytes
