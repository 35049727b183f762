stub: upstream file of 443001 bytes
