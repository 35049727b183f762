stub: upstream file of 18229 bytes
