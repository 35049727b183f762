stub: upstream file of 4738 bytes
