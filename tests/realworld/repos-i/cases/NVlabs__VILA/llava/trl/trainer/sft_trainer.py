stub: upstream file of 24807 bytes
