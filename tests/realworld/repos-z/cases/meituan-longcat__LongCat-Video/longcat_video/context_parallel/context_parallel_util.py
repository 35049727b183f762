stub: upstream file of 7807 bytes
