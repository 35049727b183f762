stub: upstream file of 11229 bytes
