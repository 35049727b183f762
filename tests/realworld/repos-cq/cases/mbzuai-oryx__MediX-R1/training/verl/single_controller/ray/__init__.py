stub: upstream file of 807 bytes
