stub: upstream file of 22083 bytes
